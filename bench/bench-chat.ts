/** The chat request every gateway bench sends: a customer-service turn with an order number. */
export const BENCH_CHAT = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are the customer-service assistant of Acme. Be brief and helpful.' },
    { role: 'user', content: 'Hi, I ordered a jacket last week (order 1234) and it has not arrived yet. Can you check the status?' },
  ],
};

/** The bench chat as a body; with `reference`, a user message never seen before (no guard cache hit). */
export function benchChatBody(options: { reference?: number; stream?: boolean } = {}): string {
  const [system, user] = BENCH_CHAT.messages;
  const content = options.reference === undefined ? user.content : `${user.content} My reference is ${options.reference}.`;
  return JSON.stringify({ ...BENCH_CHAT, ...(options.stream ? { stream: true } : {}), messages: [system, { ...user, content }] });
}
