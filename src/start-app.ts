// The app proper, fetched once the live map is drawn (main.ts).
import { mount } from 'svelte';
import { setupI18n } from './i18n/index.ts';
import App from './App.svelte';

await setupI18n();
mount(App, { target: document.getElementById('app')! });
