// factline's only script. Every page works without it; it adds a busy state
// to the import form and hides the new-story fields when an existing story
// is chosen.
(function () {
	"use strict";

	function busy(form, on) {
		var button = form.querySelector("[data-busy-label]");
		var progress = form.querySelector("[data-progress]");
		if (button) {
			if (!button.dataset.idleLabel) {
				button.dataset.idleLabel = button.textContent;
			}
			button.disabled = on;
			button.setAttribute("aria-disabled", on ? "true" : "false");
			button.textContent = on ? button.dataset.busyLabel : button.dataset.idleLabel;
		}
		if (progress) {
			progress.hidden = !on;
		}
		if (on) {
			form.setAttribute("aria-busy", "true");
		} else {
			form.removeAttribute("aria-busy");
		}
	}

	document.addEventListener("submit", function (event) {
		var form = event.target;
		if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-import-form")) {
			return;
		}
		if (form.getAttribute("aria-busy") === "true") {
			// A second click would import the same document again.
			event.preventDefault();
			return;
		}
		busy(form, true);
	});

	// A page restored from the back-forward cache must not stay busy.
	window.addEventListener("pageshow", function () {
		document.querySelectorAll("form[data-import-form]").forEach(function (form) {
			busy(form, false);
		});
	});

	function syncStoryFields() {
		var select = document.querySelector("[data-story-select]");
		var fields = document.querySelector("[data-new-story]");
		if (!select || !fields) {
			return;
		}
		fields.hidden = select.value !== "";
	}
	document.addEventListener("change", function (event) {
		if (event.target.matches && event.target.matches("[data-story-select]")) {
			syncStoryFields();
		}
	});
	document.addEventListener("DOMContentLoaded", function () {
		syncStoryFields();
		var error = document.getElementById("import-error");
		if (error) {
			error.focus();
		}
	});
})();
