// Demo portal: a tracking link (/?ticket=<id>, e.g. from the QR code of a kiosk ticket) makes the
// page's <dvc-queue-ticket> follow that ticket.
const id = new URLSearchParams(location.search).get('ticket');
const ticket = document.querySelector('dvc-queue-ticket');
if (id && ticket) ticket.setAttribute('ticket', id);
