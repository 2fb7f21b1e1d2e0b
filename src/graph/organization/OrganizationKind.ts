import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  AGENCY = 'agency',
  NGO = 'ngo',
  THINK_TANK = 'think_tank',
  MEDIA = 'media',
  POLITICAL = 'political',
  LEGISLATURE = 'legislature',
  COURT = 'court',
  PARTY = 'party',
  OTHER = 'other',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What sort of organisation: government agencies, NGOs, think tanks, media, PACs and other political groups, legislatures, courts, parties.',
});
