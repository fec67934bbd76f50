import type { ReactNode } from 'react';
import type { ChartSpec } from '../charts/spec.ts';

/** Actions drawn in a chart card's header (export menu, add to deck), given the spec and the rendered chart. */
export type ChartActions = (spec: ChartSpec, getChart: () => Element | null) => ReactNode;
