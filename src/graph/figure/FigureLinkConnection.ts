import { Connection } from '../pagination/Connection.js';
import { FigureLink } from './FigureLink.js';

export const FigureLinkConnection = Connection<FigureLink>(() => FigureLink, 'FigureLink');
export type FigureLinkConnection = InstanceType<typeof FigureLinkConnection>;
