import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The @lit/react wrappers: one module per widget entry, props and `onDvc…` event props typed.
import { DvcProcedureWizard } from 'dvc-widgets/react/procedure-wizard'
import { DvcFeedbackForm } from 'dvc-widgets/react/feedback-form'
// The procedure every example shows (JSON, as a portal's backend would send it), set as a property.
import procedure from '../../shared/procedure.json'
import { Page } from './Page.tsx'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page
      title="React + dvc-widgets/react"
      wizard={(onStep) => <DvcProcedureWizard procedure={procedure} history="none" onDvcWizardStep={(e) => onStep(e.detail)} />}
      feedback={<DvcFeedbackForm name="feedback" hideContact />}
    />
  </StrictMode>,
)
