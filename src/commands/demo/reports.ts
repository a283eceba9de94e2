import type { DemoStep } from './steps.js';

export const steps: DemoStep[] = [];
