import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { setupI18n } from './i18n/index.ts';
import App from './App.svelte';

setupI18n();

export default mount(App, { target: document.getElementById('app')! });
