import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speakers of fictional agency news in pl fr vi and others (ml20). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? [c.speaker.name, c.speaker.mention, text.slice(...c.assertionSpan)] : null;
};

describe("a role word in a governed case comes out in its base form, or as its one named holder (pl)", () => {
  it.each([
    ["Zdaniem ministra, podwyżki cen energii są nieuniknione.", "minister", "ministra", "podwyżki cen energii są nieuniknione."],
    ["Według premiera, rząd nie planuje nowych podatków.", "premier", "premiera", "rząd nie planuje nowych podatków."],
    ["Zdaniem marszałka, posiedzenie Sejmu odbędzie się w piątek.", "marszałek", "marszałka", "posiedzenie Sejmu odbędzie się w piątek."],
    ["Według posła, ustawa zostanie przyjęta jesienią.", "poseł", "posła", "ustawa zostanie przyjęta jesienią."],
    ["Według rzecznika, rozmowy będą kontynuowane.", "rzecznik", "rzecznika", "rozmowy będą kontynuowane."],
  ])("%s", (text, name, mention, content) => {
    expect(last("pl", text)).toEqual([name, mention, content]);
  });
  it.each([
    ["Premier Adam Nowak spotkał się z rolnikami. Według premiera, dopłaty zostaną wypłacone w marcu.", "Adam Nowak", "premiera"],
    ["Minister zdrowia Jan Kowal odwiedził szpital. Zdaniem ministra zdrowia, szpitale powiatowe potrzebują pieniędzy.", "Jan Kowal", "ministra zdrowia"],
    ["Minister zdrowia Jan Kowal odwiedził szpital. Zdaniem ministra, szpitale powiatowe potrzebują pieniędzy.", "Jan Kowal", "ministra"],
  ])("the one holder: %s", (text, name, mention) => {
    const c = last("pl", text);
    expect(c?.[0]).toBe(name);
    expect(c?.[1]).toBe(mention);
  });
  it("negative: another office, or two holders, is no one named", () => {
    expect(last("pl", "Minister zdrowia Jan Kowal odwiedził szpital. Zdaniem ministra finansów, szpitale muszą oszczędzać.")?.[0]).toBe("minister finansów");
    expect(last("pl", "Minister zdrowia Jan Kowal i minister finansów Ewa Lis odwiedzili szpital. Zdaniem ministra, szpitale muszą oszczędzać.")?.[0]).toBe(
      "minister",
    );
  });
});

describe("a part of the day next to a weekday is skipped with it between the verb and its subject", () => {
  it.each([
    ["fr", "La grève continuera jusqu’à vendredi, a indiqué mardi soir le syndicat.", "le syndicat", "La grève continuera jusqu’à vendredi"],
    ["fr", "Les cours reprendront jeudi, a annoncé lundi matin le rectorat.", "le rectorat", "Les cours reprendront jeudi"],
    ["es", "La huelga seguirá hasta el viernes, dijo el martes por la noche el sindicato.", "el sindicato", "La huelga seguirá hasta el viernes"],
    ["it", "Lo sciopero continuerà fino a venerdì, ha detto martedì sera il sindacato.", "il sindacato", "Lo sciopero continuerà fino a venerdì"],
    ["ro", "Greva va continua până vineri, a declarat marți seara sindicatul.", "sindicatul", "Greva va continua până vineri"],
    ["ru", "Забастовка продолжится до пятницы, сообщил вечером в понедельник профсоюз.", "профсоюз", "Забастовка продолжится до пятницы"],
    ["ru", "Забастовка продолжится до пятницы, сообщил в понедельник вечером профсоюз.", "профсоюз", "Забастовка продолжится до пятницы"],
    ["uk", "Страйк триватиме до пʼятниці, повідомила увечері в понеділок профспілка.", "профспілка", "Страйк триватиме до пʼятниці"],
    ["pl", "Strajk potrwa do piątku, poinformował w poniedziałek wieczorem związek zawodowy.", "związek zawodowy", "Strajk potrwa do piątku"],
  ])("%s: %s", (language, text, mention, content) => {
    const c = last(language, text);
    expect(c?.[1]).toBe(mention);
    expect(c?.[2]).toBe(content);
  });
  it("the claim keeps the weekday's date", () => {
    expect(run("fr", "La grève continuera jusqu’à vendredi, a indiqué lundi matin le syndicat.")[0]?.date.iso).toBe("2026-03-09");
  });
  it("negative: a part of the day with no date next to it is not skipped", () => {
    expect(last("ro", "Greva va continua până vineri, a declarat seara sindicatul.")?.[1]).not.toBe("sindicatul");
  });
});

describe("vi: the name of an area after its noun is part of the title; the person is the name after it", () => {
  it.each([
    ["Phó chủ tịch UBND tỉnh Lào Cai Lê Thị Mai cho biết các tuyến đường sẽ được sửa chữa trong tháng tới.", "Lê Thị Mai"],
    ["Chủ tịch UBND thành phố Cần Thơ Trần Văn Hùng cho biết dự án sẽ khởi công vào tháng 5.", "Trần Văn Hùng"],
    ["Bí thư huyện Sa Pa Nguyễn Văn Bình cho biết du lịch đang phục hồi.", "Nguyễn Văn Bình"],
  ])("%s", (text, name) => {
    const c = run("vi", text).at(-1);
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("person");
  });
  it("negative: with no noun of an area, the whole name after the title is the person's", () => {
    expect(last("vi", "Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết Việt Nam ủng hộ hòa bình.")).toEqual([
      "Bùi Thanh Sơn",
      "Bộ trưởng Ngoại giao Bùi Thanh Sơn",
      "Việt Nam ủng hộ hòa bình.",
    ]);
    expect(last("vi", "Bí thư tỉnh ủy Trần Văn Nam cho biết tỉnh sẽ mở rộng đường.")?.[0]).toBe("Trần Văn Nam");
  });
});

describe("pl: a preposition and a body in capitals after a name in a source phrase belong to the speaker phrase", () => {
  it.each([
    ["Według Pawła Jabłońskiego z Naczelnej Rady Lekarskiej plan ministerstwa jest nierealny.", "Paweł Jabłoński", "plan ministerstwa jest nierealny."],
    ["Według Anny Nowak z Polskiej Akademii Nauk susza potrwa do jesieni.", "Anna Nowak", "susza potrwa do jesieni."],
    ["Według Anny Nowak z PAN susza potrwa do jesieni.", "Anna Nowak", "susza potrwa do jesieni."],
    ["Według Pawła Jabłońskiego z Naczelnej Rady Lekarskiej, plan ministerstwa jest nierealny.", "Paweł Jabłoński", "plan ministerstwa jest nierealny."],
  ])("%s", (text, name, content) => {
    const c = last("pl", text);
    expect(c?.[0]).toBe(name);
    expect(c?.[2]).toBe(content);
  });
  it("negative: a preposition before lower-case words is the content's", () => {
    expect(last("pl", "Według Anny Nowak z powodu suszy ceny wzrosną.")?.[2]).toBe("z powodu suszy ceny wzrosną.");
  });
});

describe("pl: a description of the office by other words is its one named holder", () => {
  it("'szef resortu' after 'Minister zdrowia Jan Kowal' is he", () => {
    const text =
      "Minister zdrowia Jan Kowal zapowiedział w poniedziałek reformę szpitali. Szpitale powiatowe otrzymają dodatkowe środki – podkreślił szef resortu.";
    expect(last("pl", text)).toEqual(["Jan Kowal", "szef resortu", "Szpitale powiatowe otrzymają dodatkowe środki"]);
  });
  it("negative: two ministers named, or none, leave it unknown", () => {
    expect(
      last("pl", "Minister zdrowia Jan Kowal i minister finansów Ewa Lis odwiedzili szpital. Szpitale dostaną pieniądze – podkreślił szef resortu.")?.[0],
    ).toBe("szef resortu");
    expect(last("pl", "Szpitale dostaną pieniądze – podkreślił szef resortu.")?.[0]).toBe("szef resortu");
  });
});
