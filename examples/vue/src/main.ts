import { createApp } from 'vue'
// Define the elements before Vue mounts: Vue sets a binding as a property when the element has
// it (`procedure`, `name`, `hideContact`), which it can only know once the element is defined.
import 'dvc-widgets/procedure-wizard'
import 'dvc-widgets/feedback-form'
import App from './App.vue'

createApp(App).mount('#app')
