import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * A JSON logger that never writes request content: bodies, messages, variables and outputs are censored
 * by path, and authorization headers and keys too. Callers log ids, sizes and kinds, not text.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.PROMPTOPS_LOG_LEVEL ?? 'info',
      base: { service: 'promptops' },
      redact: {
        paths: [
          'headers.authorization',
          'headers["x-api-key"]',
          'apiKey',
          '*.apiKey',
          'body',
          'messages',
          'variables',
          'output',
          'input',
          'text',
          '*.messages',
          '*.variables',
          '*.output',
          '*.input',
        ],
        censor: '[REDACTED]',
      },
    },
    options.destination,
  );
}

export type { Logger };
