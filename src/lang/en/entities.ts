/** Surface forms of shared entities keyed by entity id (`entities`). */
export const ENTITIES: Record<string, string[]> = {
  "chinese-government": ["china", "beijing", "the chinese government", "chinese government", "the chinese side", "chinese readout", "the chinese readout"],
  media: ["the media", "media reports", "local media", "state media"],
  "donald-trump": ["the new york magnate", "the republican billionaire", "the billionaire"],
  "white-house": ["white house", "the white house"],
  kremlin: ["kremlin", "the kremlin"],
  "state-department": ["state department", "the state department"],
  "us-government": ["us government", "u.s. government", "the us administration", "the trump administration", "the biden administration", "washington"],
  "russian-foreign-ministry": ["russian foreign ministry", "russia's foreign ministry", "the russian foreign ministry", "foreign ministry in moscow"],
  "russian-defence-ministry": ["russian defence ministry", "russian defense ministry", "russia's defence ministry", "russia's defense ministry"],
  "ukraine-presidency": ["office of the president of ukraine", "ukraine's presidential office", "zelensky's office", "zelenskyy's office"],
  "ukraine-foreign-ministry": ["ukrainian foreign ministry", "ukraine's foreign ministry"],
  nato: ["nato", "the alliance"],
  "united-nations": ["united nations", "the un", "the u.n."],
  "european-commission": ["european commission", "the commission"],
  "us-intelligence": ["intelligence agencies", "us intelligence agencies"],
  russia: ["russia"],
};
