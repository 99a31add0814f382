import { bootstrapApplication } from '@angular/platform-browser';
// Defines <dvc-procedure-wizard> and <dvc-feedback-form>.
import 'dvc-widgets/procedure-wizard';
import 'dvc-widgets/feedback-form';
import { appConfig } from './app/app.config';
import { App } from './app/app';

bootstrapApplication(App, appConfig).catch((err) => console.error(err));
