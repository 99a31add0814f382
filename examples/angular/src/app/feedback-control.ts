import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import {
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  type AbstractControl,
  type ControlValueAccessor,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import type { DvcFeedbackForm } from 'dvc-widgets';

/**
 * Angular forms (formControlName, formControl, ngModel) for <dvc-feedback-form>: the control's
 * value is the element's value — the submission as JSON, '' until the overall rating is chosen
 * (then `required` fails) — and follows the element's `change` event. The value is read-only:
 * the citizen writes it, and a reset of the surrounding <form> (type="reset") clears the element.
 */
@Directive({
  selector: 'dvc-feedback-form[formControlName], dvc-feedback-form[formControl], dvc-feedback-form[ngModel]',
  host: { '(change)': 'changed()', '(focusout)': 'touched()' },
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DvcFeedbackControl), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DvcFeedbackControl), multi: true },
  ],
})
export class DvcFeedbackControl implements ControlValueAccessor, Validator {
  private readonly el: DvcFeedbackForm = inject(ElementRef).nativeElement;
  private onChange: (value: string) => void = () => {};
  private onTouched: () => void = () => {};

  protected changed(): void {
    this.onChange(this.el.value);
  }

  protected touched(): void {
    this.onTouched();
  }

  writeValue(): void {
    // Nothing to write: only the citizen sets the value.
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.el.disabled = disabled;
  }

  validate(control: AbstractControl<string>): ValidationErrors | null {
    return control.value ? null : { required: true };
  }
}
