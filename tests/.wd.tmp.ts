import { wordDiff } from "../src/compare/adapters/word-diff.js";
console.log(JSON.stringify(wordDiff("Разговор был очень хорошим", "Разговор был конструктивным", "ru")));
console.log(JSON.stringify(wordDiff("Cuộc điện đàm rất tốt", "Cuộc điện đàm mang tính xây dựng", "vi")));
