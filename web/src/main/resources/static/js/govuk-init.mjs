// GOV.UK Frontend components (error summary focus, service navigation toggle, ...).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
