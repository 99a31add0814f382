// The browser part: defines every element (the server-rendered tags upgrade), switches the
// language, listens to the wizard and gives the queue widgets the data the server put in the page.
import 'dvc-widgets'
import { setLocale } from 'dvc-widgets/localization'
import type { QueueSnapshot } from 'dvc-widgets'

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-locale]')) {
  button.addEventListener('click', async () => {
    const locale = await setLocale(button.dataset.locale!)
    for (const b of document.querySelectorAll('button[data-locale]')) b.setAttribute('aria-pressed', String(b === button && locale === button.dataset.locale))
  })
}

// Typed through HTMLElementEventMap: `detail` is a WizardStepDetail.
document.querySelector('dvc-procedure-wizard')!.addEventListener('dvc-wizard-step', (event) => {
  document.querySelector('[data-testid=step]')!.textContent = `${event.detail.from} → ${event.detail.to}`
})

const data = JSON.parse(document.getElementById('queue-data')!.textContent!) as QueueSnapshot
document.querySelector('dvc-queue-board')!.snapshot = data
document.querySelector('dvc-queue-ticket')!.services = data.services
