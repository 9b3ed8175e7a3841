import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPii } from './detect-pii.js';

const persons = (text: string): string[] => detectPii(text).filter((e) => e.type === 'PERSON').map((e) => text.slice(e.start, e.end));

test('a name after an introduction in Chinese, Japanese, Korean, Arabic or Hindi: the name, not the particles after it', () => {
  for (const [text, name] of [
    ['你好，我叫王伟，我的订单还没到。', '王伟'],
    ['我叫王伟想问一下退款', '王伟'],
    ['我的名字是李娜，订单号是 58213。', '李娜'],
    ['私の名前は田中太郎です。注文がまだ届きません。', '田中太郎'],
    ['안녕하세요, 제 이름은 김민수입니다. 환불 문의드립니다.', '김민수'],
    ['제 이름은 박지은이에요.', '박지은'],
    ['مرحبا، اسمي أحمد علي وأريد إرجاع الطلب', 'أحمد علي'],
    ['नमस्ते, मेरा नाम राहुल शर्मा है और मेरा ऑर्डर नहीं आया।', 'राहुल शर्मा'],
    ['Здравствуйте, меня зовут Иван Петров, заказ не пришёл.', 'Иван Петров'],
  ]) assert.deepEqual(persons(text), [name], text);
});

test('text in those scripts without an introduction holds no name', () => {
  for (const text of [
    '您好，我想退货，订单还没到，请帮我查一下。',
    'お問い合わせありがとうございます。田中様のご注文は発送されました。',
    '주문이 아직 도착하지 않았습니다. 확인 부탁드립니다.',
    'أريد إرجاع الطلب رقم 12345 من فضلك',
    'मेरा ऑर्डर अभी तक नहीं आया है, कृपया मदद करें।',
  ]) assert.deepEqual(persons(text), [], text);
});
