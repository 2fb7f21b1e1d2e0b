import { Connection } from '../pagination/Connection.js';
import { Figure } from './Figure.js';

export const FigureConnection = Connection<Figure>(() => Figure, 'Figure');
export type FigureConnection = InstanceType<typeof FigureConnection>;
