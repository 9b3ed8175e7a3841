export { prepareVariables } from './prepare-variables.js';
