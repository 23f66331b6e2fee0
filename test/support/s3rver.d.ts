/** The little of s3rver (an S3 server in Node, untyped) the S3 store's test uses. */
declare module '@20minutes/s3rver' {
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: Array<{ name: string }>;
  }

  export default class S3rver {
    constructor(options?: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(callback: (error?: Error) => void): void;
    on(
      event: 'event',
      listener: (event: { Records: Array<{ eventName: string; s3: { object: { key: string } } }> }) => void,
    ): this;
  }
}
