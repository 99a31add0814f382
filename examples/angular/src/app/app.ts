import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { setLocale, type Locale } from 'dvc-widgets/localization';
import type { WizardStepDetail } from 'dvc-widgets';
import { DvcFeedbackControl } from './feedback-control';
// The procedure every example shows (JSON, as a portal's backend would send it), set as a property.
import procedure from '../../../shared/procedure.json';

@Component({
  selector: 'app-root',
  // CUSTOM_ELEMENTS_SCHEMA: <dvc-…> are custom elements, with properties Angular does not know.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ReactiveFormsModule, JsonPipe, DvcFeedbackControl],
  template: `
    <main>
      <h1>Angular</h1>
      <p>
        @for (l of locales; track l) {
          <button type="button" [attr.aria-pressed]="locale() === l" (click)="switchTo(l)">
            {{ l === 'vi' ? 'Tiếng Việt' : 'English' }}
          </button>
        }
      </p>
      <!-- [procedure]: a property (an object); history: a plain attribute. -->
      <dvc-procedure-wizard [procedure]="procedure" history="none" (dvc-wizard-step)="onStep($event)" />
      <p data-testid="step">{{ step() ? step()!.from + ' → ' + step()!.to : '' }}</p>

      <form [formGroup]="form" (ngSubmit)="submit($event)">
        <label>Họ và tên <input formControlName="fullName" name="fullName" autocomplete="name" /></label>
        <dvc-feedback-form formControlName="feedback" [name]="'feedback'" [hideContact]="true" />
        <button>Gửi</button>
      </form>
      <!-- The reactive form's value, and the native FormData (the element's value under its name). -->
      @if (sent()) {
        <pre data-testid="submitted">{{ sent() | json }}</pre>
        <pre data-testid="form-data">{{ formData() | json }}</pre>
      }
    </main>
  `,
})
export class App {
  protected readonly procedure = procedure;
  protected readonly locales: Locale[] = ['vi', 'en'];
  protected readonly locale = signal<Locale>('vi');
  protected readonly step = signal<WizardStepDetail | undefined>(undefined);
  protected readonly sent = signal<unknown>(undefined);
  protected readonly formData = signal<unknown>(undefined);
  protected readonly form = new FormGroup({
    fullName: new FormControl('', { nonNullable: true }),
    feedback: new FormControl('', { nonNullable: true }),
  });

  protected async switchTo(locale: Locale): Promise<void> {
    this.locale.set(await setLocale(locale));
  }

  // strictTemplates types $event from HTMLElementEventMap, which dvc-widgets extends.
  protected onStep(event: CustomEvent<WizardStepDetail>): void {
    this.step.set(event.detail);
  }

  protected submit(event: Event): void {
    const formElement = event.target as HTMLFormElement;
    // Angular turns the browser's own validation off (novalidate): ask the element to show its message.
    if (this.form.invalid) {
      formElement.reportValidity();
      return;
    }
    this.sent.set(this.form.getRawValue());
    this.formData.set(Object.fromEntries(new FormData(formElement)));
  }
}
