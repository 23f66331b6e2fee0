/** The little of express-formidable (AdminJS's body parser, untyped) the panel calls itself. */
declare module 'express-formidable' {
  import type { Request, RequestHandler, Response, NextFunction } from 'express';

  interface FormEvent {
    event: string;
    action: (req: Request, res: Response, next: NextFunction, ...args: unknown[]) => void;
  }

  export default function formidableMiddleware(options?: Record<string, unknown>, events?: FormEvent[]): RequestHandler;
}
