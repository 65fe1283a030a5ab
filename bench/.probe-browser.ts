import { forbidNetwork, networkAttempts } from './no-network';
forbidNetwork();
const { measureInBrowser } = await import('./browser');
const r = await measureInBrowser(2, (l) => console.error(l));
console.log(JSON.stringify(r, null, 1));
console.log('net', networkAttempts());
