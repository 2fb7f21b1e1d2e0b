import { registerEnumType } from 'type-graphql';

export enum FigureSort {
  ID = 'ID',
  PERIOD = 'PERIOD',
  VALUE_DESC = 'VALUE_DESC',
  MOST_QUOTED = 'MOST_QUOTED',
}

registerEnumType(FigureSort, {
  name: 'FigureSort',
  valuesConfig: {
    PERIOD: { description: 'Earliest period first; figures without a period last.' },
    MOST_QUOTED: { description: 'Most quotes about the figure first.' },
  },
});
