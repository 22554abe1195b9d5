import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'XLSX (Excel, frozen header row) or CSV (UTF-8 with a byte order mark, so Excel reads Chinese).',
});

@ObjectType('ExportedFile', { description: 'A report written to a file: download it with GET /files/:fileId.' })
export class ExportedFileObject {
  @Field(() => ID)
  fileId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Data rows written (without the header).' })
  rowCount!: number;
}
