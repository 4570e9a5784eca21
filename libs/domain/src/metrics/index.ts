export * from './experiment-metrics';
export * from './schedule';
export * from './barrier-frequency';
export * from './readiness';
