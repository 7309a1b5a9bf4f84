import type { RoleRecordInput } from "./types.js";

/**
 * Roles and titles, kept once for every language. A role mention resolves, in order, to a
 * person holding it who was named earlier in the article, to the holder on the article's date,
 * to the institution it belongs to (`of`), or to an unknown speaker of its side.
 */
export const ROLES: RoleRecordInput[] = [
  {
    id: "us-president",
    label: "President of the United States",
    side: "US",
    of: "white-house",
    holders: [
      { id: "barack-obama", from: "2009-01-20", to: "2017-01-19" },
      { id: "donald-trump", from: "2017-01-20", to: "2021-01-19" },
      { id: "joe-biden", from: "2021-01-20", to: "2025-01-19" },
      { id: "donald-trump", from: "2025-01-20" },
    ],
  },
  {
    id: "us-president-elect",
    label: "President-elect of the United States",
    side: "US",
    of: null,
    holders: [
      { id: "donald-trump", from: "2016-11-09", to: "2017-01-19" },
      { id: "joe-biden", from: "2020-11-07", to: "2021-01-19" },
      { id: "donald-trump", from: "2024-11-06", to: "2025-01-19" },
    ],
  },
  {
    id: "us-leader",
    label: "President of the United States",
    side: "US",
    of: "white-house",
    holders: [
      { id: "barack-obama", from: "2009-01-20", to: "2017-01-19" },
      { id: "donald-trump", from: "2017-01-20", to: "2021-01-19" },
      { id: "joe-biden", from: "2021-01-20", to: "2025-01-19" },
      { id: "donald-trump", from: "2025-01-20" },
    ],
  },
  {
    id: "us-vice-president",
    label: "Vice President of the United States",
    side: "US",
    of: "white-house",
    holders: [
      { id: "mike-pence", from: "2017-01-20", to: "2021-01-19" },
      { id: "kamala-harris", from: "2021-01-20", to: "2025-01-19" },
      { id: "jd-vance", from: "2025-01-20" },
    ],
  },
  {
    id: "wh-press-secretary",
    label: "White House press secretary",
    side: "US",
    of: "white-house",
    holders: [
      { id: "sean-spicer", from: "2017-01-20", to: "2017-07-21" },
      { id: "sarah-sanders", from: "2017-07-21", to: "2019-07-01" },
      { id: "jen-psaki", from: "2021-01-20", to: "2022-05-13" },
      { id: "karine-jean-pierre", from: "2022-05-13", to: "2025-01-20" },
      { id: "karoline-leavitt", from: "2025-01-20" },
    ],
  },
  {
    id: "us-secretary-of-state",
    label: "US Secretary of State",
    side: "US",
    of: "state-department",
    holders: [
      { id: "rex-tillerson", from: "2017-02-01", to: "2018-03-31" },
      { id: "mike-pompeo", from: "2018-04-26", to: "2021-01-20" },
      { id: "antony-blinken", from: "2021-01-26", to: "2025-01-20" },
      { id: "marco-rubio", from: "2025-01-21" },
    ],
  },
  {
    id: "us-national-security-adviser",
    label: "US national security adviser",
    side: "US",
    of: "white-house",
    holders: [
      { id: "michael-flynn", from: "2017-01-20", to: "2017-02-13" },
      { id: "jake-sullivan", from: "2021-01-20", to: "2025-01-20" },
    ],
  },
  { id: "us-officials", label: "US officials", side: "US", of: "us-officials" },
  { id: "us-side", label: "US side", side: "US", of: "us-government" },
  { id: "us-intelligence", label: "US intelligence", side: "US", of: "us-intelligence" },
  { id: "us-lawmakers", label: "US lawmakers", side: "US", of: "us-lawmakers" },
  {
    id: "ru-president",
    label: "President of Russia",
    side: "RU",
    of: "kremlin",
    holders: [
      { id: "vladimir-putin", from: "2012-05-07" },
      { id: "dmitry-medvedev", from: "2008-05-07", to: "2012-05-06" },
      { id: "vladimir-putin", from: "2000-05-07", to: "2008-05-06" },
    ],
  },
  { id: "ru-leader", label: "President of Russia", side: "RU", of: "kremlin", holders: [{ id: "vladimir-putin", from: "2000-05-07" }] },
  { id: "kremlin-spokesperson", label: "Kremlin spokesperson", side: "RU", of: "kremlin", holders: [{ id: "dmitry-peskov", from: "2008-05-01" }] },
  { id: "kremlin-aide", label: "Aide to the President of Russia", side: "RU", of: "kremlin", holders: [{ id: "yury-ushakov", from: "2012-05-21" }] },
  { id: "kremlin-representative", label: "Kremlin representative", side: "RU", of: "kremlin", anyAffiliated: true },
  { id: "kremlin-press-service", label: "Kremlin press service", side: "RU", of: "kremlin" },
  {
    id: "ru-foreign-minister",
    label: "Russian Foreign Minister",
    side: "RU",
    of: "russian-foreign-ministry",
    holders: [{ id: "sergey-lavrov", from: "2004-03-09" }],
  },
  {
    id: "ru-foreign-ministry-spokesperson",
    label: "Russian Foreign Ministry spokesperson",
    side: "RU",
    of: "russian-foreign-ministry",
    holders: [{ id: "maria-zakharova", from: "2015-08-10" }],
  },
  { id: "ru-side", label: "Russian side", side: "RU", of: "russia" },
  { id: "ua-president", label: "President of Ukraine", side: "UA", of: "ukraine-presidency", holders: [{ id: "volodymyr-zelenskyy", from: "2019-05-20" }] },
  {
    id: "ua-foreign-minister",
    label: "Ukrainian Foreign Minister",
    side: "UA",
    of: "ukraine-foreign-ministry",
    holders: [
      { id: "dmytro-kuleba", from: "2020-03-04", to: "2024-09-04" },
      { id: "andrii-sybiha", from: "2024-09-05" },
    ],
  },
  { id: "ua-side", label: "Ukrainian side", side: "UA", of: "kyiv" },
  {
    id: "de-chancellor",
    label: "Chancellor of Germany",
    side: "DE",
    of: null,
    holders: [
      { id: "angela-merkel", from: "2005-11-22", to: "2021-12-07" },
      { id: "olaf-scholz", from: "2021-12-08", to: "2025-05-05" },
      { id: "friedrich-merz", from: "2025-05-06" },
    ],
  },
  {
    id: "fr-president",
    label: "President of France",
    side: "FR",
    of: "elysee",
    holders: [
      { id: "francois-hollande", from: "2012-05-15", to: "2017-05-13" },
      { id: "emmanuel-macron", from: "2017-05-14" },
    ],
  },
  {
    id: "gb-prime-minister",
    label: "Prime Minister of the United Kingdom",
    side: "GB",
    of: "downing-street",
    holders: [
      { id: "theresa-may", from: "2016-07-13", to: "2019-07-23" },
      { id: "boris-johnson", from: "2019-07-24", to: "2022-09-05" },
      { id: "keir-starmer", from: "2024-07-05" },
    ],
  },
  { id: "cn-president", label: "President of China", side: "CN", of: "chinese-government", holders: [{ id: "xi-jinping", from: "2013-03-14" }] },
  { id: "cn-leader", label: "President of China", side: "CN", of: "chinese-government", holders: [{ id: "xi-jinping", from: "2012-11-15" }] },
  {
    id: "nato-secretary-general",
    label: "NATO Secretary General",
    side: null,
    of: "nato",
    holders: [
      { id: "jens-stoltenberg", from: "2014-10-01", to: "2024-09-30" },
      { id: "mark-rutte", from: "2024-10-01" },
    ],
  },
  { id: "foreign-diplomats", label: "foreign diplomats", side: null, of: "foreign-diplomats" },
  { id: "both-leaders", label: "both leaders", side: null, of: null, pair: true },
];
