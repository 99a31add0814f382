import { useState, type ReactNode } from 'react'
import { setLocale, type Locale } from 'dvc-widgets/localization'
import type { WizardStepDetail } from 'dvc-widgets'

/**
 * What both pages show around the widgets: the language switch (setLocale), the last page the
 * wizard reported (a typed event), and a plain <form> whose data includes the feedback form's
 * value under its `name`.
 */
export function Page(props: {
  title: string
  wizard: (onStep: (detail: WizardStepDetail) => void) => ReactNode
  feedback: ReactNode
}) {
  const [locale, setCurrent] = useState<Locale>('vi')
  const [step, setStep] = useState<WizardStepDetail>()
  const [sent, setSent] = useState<Record<string, FormDataEntryValue>>()

  return (
    <main>
      <h1>{props.title}</h1>
      <p>
        {(['vi', 'en'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={locale === l} onClick={async () => setCurrent(await setLocale(l))}>
            {l === 'vi' ? 'Tiếng Việt' : 'English'}
          </button>
        ))}
      </p>
      {props.wizard(setStep)}
      <p data-testid="step">{step && `${step.from} → ${step.to}`}</p>

      {/* React 19 form action: it receives the form's FormData, the feedback form's value included. */}
      <form action={(data) => setSent(Object.fromEntries(data))}>
        <label>
          Họ và tên <input name="fullName" autoComplete="name" />
        </label>
        {props.feedback}
        <button>Gửi</button>
      </form>
      {sent && <pre data-testid="submitted">{JSON.stringify(sent, null, 2)}</pre>}
    </main>
  )
}
