import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speakers of fictional agency news in fr es it ro pl ru uk vi (ml19). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? [c.speaker.name, c.speaker.mention, text.slice(...c.assertionSpan)] : null;
};

describe("a possessive or pronoun source after a sentence of narration is the person it opened with", () => {
  it.each([
    ["it", "Il ministro Carlo Bianchi ha visitato il porto. A suo dire, i lavori finiranno entro giugno.", "Carlo Bianchi", "A suo dire"],
    ["it", "La ministra Anna Rossi ha visitato il porto. Secondo lei, i lavori finiranno entro giugno.", "Anna Rossi", "lei"],
    ["fr", "Le ministre Paul Girard a visité le port. Selon lui, les travaux seront terminés en juin.", "Paul Girard", "lui"],
    ["es", "El alcalde Juan Ruiz visitó el puerto. Según él, las obras terminarán en junio.", "Juan Ruiz", "él"],
    ["ro", "Ministrul Ion Popescu a vizitat portul. Potrivit acestuia, lucrările vor fi gata în iunie.", "Ion Popescu", "acestuia"],
    ["pl", "Minister Jan Nowak odwiedził port. Jego zdaniem prace zakończą się w czerwcu.", "Jan Nowak", "Jego"],
    ["pl", "Minister Anna Nowak odwiedziła port. W jej ocenie, prace zakończą się w czerwcu.", "Anna Nowak", "jej"],
    ["ru", "Сергей Иванов посетил завод. По его словам, предприятие не закроется.", "Сергей Иванов", "его"],
    ["ru", "Министр промышленности Сергей Иванов посетил завод. По его словам, предприятие не закроется.", "Сергей Иванов", "его"],
    ["uk", "Міністр Іван Петренко відвідав завод. За його словами, підприємство не закриють.", "Іван Петренко", "його"],
    ["vi", "Ông Nguyễn Văn An đã gặp các doanh nghiệp. Theo ông, các dự án sẽ hoàn thành vào tháng 6.", "Nguyễn Văn An", "ông"],
    ["vi", "Bộ trưởng Ngoại giao Nguyễn Văn An đã gặp các doanh nghiệp. Theo ông, các dự án sẽ hoàn thành vào tháng 6.", "Nguyễn Văn An", "ông"],
    ["vi", "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng đã chủ trì họp báo. Theo bà, Việt Nam phản đối mọi hành động đơn phương.", "Phạm Thu Hằng", "bà"],
  ])("%s: %s", (language, text, name, mention) => {
    const c = last(language, text);
    expect(c?.[0]).toBe(name);
    expect(c?.[1]).toBe(mention);
  });
  it("the assertion is what follows the source phrase", () => {
    expect(last("pl", "Minister Jan Nowak odwiedził port. Jego zdaniem prace zakończą się w czerwcu.")?.[2]).toBe("prace zakończą się w czerwcu.");
    expect(last("it", "Il ministro Carlo Bianchi ha visitato il porto. A suo dire, i lavori finiranno entro giugno.")?.[2]).toBe(
      "i lavori finiranno entro giugno.",
    );
  });
  it("negative: a speaker since the narration is who the possessive means", () => {
    const text = "Сергей Иванов посетил завод. Директор Олег Смирнов заявил, что зарплаты вырастут. По его словам, предприятие не закроется.";
    expect(run("ru", text).map((c) => c.speaker.name)).toEqual(["Олег Смирнов", "Олег Смирнов"]);
  });
  it("negative: a name after a verb of the narration opens nothing", () => {
    const text = "Il porto ha accolto ieri il ministro Carlo Bianchi. A suo dire, i lavori finiranno entro giugno.";
    expect(run("it", text).map((c) => c.speaker.name)).not.toContain("Carlo Bianchi");
  });
  it("negative: with no one named before, the pronoun source stays unknown", () => {
    expect(run("fr", "Selon lui, les travaux seront terminés en juin.").map((c) => c.speaker.name)).toEqual(["unknown"]);
    expect(run("pl", "Jego zdaniem prace zakończą się w czerwcu.").map((c) => c.speaker.name)).not.toContain("Jego");
  });
  it("negative: 'a suo tempo' is no source", () => {
    expect(run("it", "Il ministro Carlo Bianchi ha visitato il porto. A suo tempo i lavori erano fermi.")).toEqual([]);
  });
});
