import { registerEnumType } from 'type-graphql';

export enum SatisfactionSource {
  CITY_INDEX = 'CITY_INDEX',
  SIPAS = 'SIPAS',
  KIOSK = 'KIOSK',
}

registerEnumType(SatisfactionSource, { name: 'SatisfactionSource' });
