/*
 * Terpadu: let Tasklist complete Camunda Forms that contain a dynamic list
 * (service plan: "Layanan yang direncanakan"; monitoring: "Layanan tambahan").
 *
 * Tasklist 7.24 keeps the complete button ("Selesaikan") disabled while the
 * form-js "changed" event reports any key in its `errors` object. form-js 1.8,
 * which Tasklist embeds, leaves an empty entry ({<field id>: []}) behind for
 * every field inside a dynamic list as soon as it is edited, valid or not, so
 * after choosing a service type the button stays disabled for good (only
 * "Simpan" re-validates the whole form and clears it).
 *
 * This patch makes the button follow what the user sees: when Tasklist is
 * told the form is invalid, it checks once the form has rendered whether
 * form-js shows any error message, and if none, enables the button again.
 * Completing still runs form-js's full validation, and the server validates
 * every form again.
 *
 * Loaded through `customScripts` in scripts/config.js, before Tasklist starts.
 * No default export: a default export would be treated as a frontend plugin.
 */

const PATCHED = '__terpaduValidation';

function showsErrors(formElement) {
  return Array.prototype.some.call(
    formElement.querySelectorAll('.fjs-form-field-error'),
    error => error.textContent.trim() !== ''
  );
}

function patch(formElement) {
  const angular = window.angular;
  const controller =
    angular && angular.element(formElement).controller('camTasklistForm');
  if (!controller || controller[PATCHED] || !controller.notifyFormValidated) {
    return;
  }
  const notify = controller.notifyFormValidated;
  let check = null;
  controller.notifyFormValidated = function(invalid) {
    notify.call(this, invalid);
    clearTimeout(check);
    if (invalid) {
      // form-js renders the new state right after the event; then look.
      check = setTimeout(() => {
        if (!showsErrors(formElement)) {
          notify.call(this, false);
        }
      }, 0);
    }
  };
  controller[PATCHED] = true;
}

function patchAll() {
  document.querySelectorAll('[cam-tasklist-form]').forEach(patch);
}

new MutationObserver(patchAll).observe(document.documentElement, {
  childList: true,
  subtree: true
});
