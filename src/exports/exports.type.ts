import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A file to GET from this server with the same bearer token (Authorization: Bearer …); the download asks the same policy again.',
})
export class DownloadLink {
  @Field(() => String, { description: 'The path on this server, e.g. /exports/forms/evaluations/<id>.pdf' })
  url: string;

  @Field(() => String, { description: 'The name to save the file as.' })
  filename: string;

  @Field(() => String, { description: 'Its media type (PDF, DOCX or XLSX).' })
  contentType: string;

  static of(url: string, filename: string, contentType: string): DownloadLink {
    return Object.assign(new DownloadLink(), { url, filename, contentType });
  }
}
