import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// Define the elements before React renders them: React 19 then sets `procedure`, `name` and
// `hideContact` as properties (on an element not yet defined it would write attributes).
import 'dvc-widgets/procedure-wizard'
import 'dvc-widgets/feedback-form'
// The procedure every example shows (JSON, as a portal's backend would send it), set as a property.
import procedure from '../../shared/procedure.json'
import { Page } from './Page.tsx'

// React 19 renders custom elements itself: `on<event>` listens to exactly that event, typed by
// dvc-widgets/react-jsx (tsconfig.app.json "types").
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page
      title="React 19"
      wizard={(onStep) => (
        <dvc-procedure-wizard procedure={procedure} history="none" ondvc-wizard-step={(e) => onStep(e.detail)} />
      )}
      feedback={<dvc-feedback-form name="feedback" hideContact />}
    />
  </StrictMode>,
)
