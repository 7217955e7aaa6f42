// Behaviour shared by every page. The content security policy allows scripts from this site only, so everything a page does
// in the browser lives here, attached to markup by class and data attributes; every page also works without it.
(() => {
    'use strict';

    // ── Drafts: what a person types in a form is kept in this browser until the form is saved, so that a sign-in that
    // ended or a lost connection loses nothing. Keyed by page, form and field; cleared when the next page says it was saved,
    // and on signing out (offices share computers).
    const prefix = 'oversight-draft:';
    const submittedKey = 'oversight-submitted';
    const maxAge = 30 * 24 * 3600 * 1000;
    const storage = (() => {
        try {
            localStorage.setItem(prefix + 'probe', '1');
            localStorage.removeItem(prefix + 'probe');
            return localStorage;
        } catch {
            return null;
        }
    })();

    const kept = (form) => (form.getAttribute('method') || '').toLowerCase() === 'post' && !form.hasAttribute('data-no-draft');
    const typed = (field) => field.name && !field.disabled && !field.readOnly
        && (field.tagName === 'TEXTAREA'
            || (field.tagName === 'INPUT' && ['text', 'search', 'email', 'url', 'tel', 'number', 'date', 'time', ''].includes(field.type)));

    // The page, the form's handler and the hidden values that tell a form apart from its siblings (which document, which agency).
    function formKey(form) {
        const hidden = [...form.querySelectorAll('input[type=hidden]')]
            .filter((input) => input.name !== '__RequestVerificationToken' && input.name !== 'confirmed')
            .map((input) => `${input.name}=${input.value}`).join('&');
        return `${location.pathname}|${form.getAttribute('action') || ''}|${form.getAttribute('id') || ''}|${hidden}`;
    }

    const fieldKey = (form, field) => `${prefix}${formKey(form)}|${field.name}`;

    function forget(predicate) {
        if (!storage) return;
        for (let index = storage.length - 1; index >= 0; index--) {
            const key = storage.key(index);
            if (key && key.startsWith(prefix) && predicate(key)) storage.removeItem(key);
        }
    }

    function save(form, field) {
        if (!storage) return;
        const key = fieldKey(form, field);
        if (field.value === field.defaultValue) {
            storage.removeItem(key);
        } else {
            try {
                storage.setItem(key, JSON.stringify({ value: field.value, at: Date.now() }));
            } catch {
                // A full storage keeps the earlier drafts; the form itself still works.
            }
        }
    }

    function restore(form) {
        let restored = 0;
        for (const field of form.elements) {
            if (!typed(field)) continue;
            const raw = storage.getItem(fieldKey(form, field));
            if (!raw) continue;
            let draft;
            try {
                draft = JSON.parse(raw);
            } catch {
                continue;
            }
            // Only into a field the page filled as usual: a form the server sent back with the person's own input keeps it.
            if (draft.value !== field.value && field.value === field.defaultValue) {
                field.value = draft.value;
                restored++;
            }
        }
        if (restored === 0) return;
        const note = document.createElement('p');
        note.className = 'draft-note';
        note.setAttribute('role', 'status');
        note.textContent = 'Đã khôi phục nội dung bạn gõ dở trên máy này (chưa được lưu). Hãy kiểm tra rồi gửi lại. ';
        const discard = document.createElement('button');
        discard.type = 'button';
        discard.className = 'link';
        discard.textContent = 'Bỏ nội dung khôi phục';
        discard.addEventListener('click', () => {
            const key = `${prefix}${formKey(form)}|`;
            forget((stored) => stored.startsWith(key));
            HTMLFormElement.prototype.reset.call(form);
            note.remove();
        });
        note.append(discard);
        form.prepend(note);
        // A details element hiding the form opens, so that the restored text is seen.
        const details = form.closest('details');
        if (details) details.open = true;
    }

    function drafts() {
        if (!storage) return;
        const now = Date.now();
        forget((key) => {
            try {
                return now - JSON.parse(storage.getItem(key)).at > maxAge;
            } catch {
                return true;
            }
        });

        // The form sent last: saved if this page says so; otherwise (refused, the sign-in form, an error) its draft stays.
        const submitted = sessionStorage.getItem(submittedKey);
        if (submitted && document.querySelector('[data-saved]')) {
            forget((key) => key.startsWith(`${prefix}${submitted}|`));
            sessionStorage.removeItem(submittedKey);
        }

        for (const form of document.forms) {
            if (!kept(form)) continue;
            restore(form);
            form.addEventListener('input', (event) => {
                if (typed(event.target)) save(form, event.target);
            });
            form.addEventListener('submit', (event) => {
                if (navigator.onLine === false) {
                    event.preventDefault();
                    offline(form);
                    return;
                }
                for (const field of form.elements) {
                    if (typed(field)) save(form, field);
                }
                sessionStorage.setItem(submittedKey, formKey(form));
            });
        }

        for (const form of document.querySelectorAll('form[data-sign-out]')) {
            form.addEventListener('submit', () => forget(() => true));
        }
    }

    function offline(form) {
        let note = form.querySelector('.offline-note');
        if (!note) {
            note = document.createElement('p');
            note.className = 'offline-note';
            note.setAttribute('role', 'alert');
            form.prepend(note);
        }
        note.textContent = 'Mất kết nối mạng: chưa gửi được. Nội dung vẫn được giữ trên máy này; khi có mạng, hãy bấm gửi lại.';
    }

    // ── Lists: on a narrow screen a table becomes one card per row, each cell labelled with its column's heading.
    function cards() {
        for (const table of document.querySelectorAll('table.list, table.grid')) {
            const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
            if (headings.length === 0) continue;
            for (const row of table.querySelectorAll('tbody tr')) {
                [...row.children].forEach((cell, index) => {
                    if (!cell.hasAttribute('data-label') && headings[index]) cell.setAttribute('data-label', headings[index]);
                });
            }
        }
    }

    // ── Tabs and the menu scroll sideways on a phone: the current one is brought into view (no further than needed).
    function tabs() {
        for (const bar of document.querySelectorAll('.tabs, header.top nav ul')) {
            const current = bar.querySelector('[aria-current="page"]');
            if (!current || bar.scrollWidth <= bar.clientWidth) continue;
            const view = bar.getBoundingClientRect();
            const box = current.getBoundingClientRect();
            if (box.right > view.right) {
                bar.scrollLeft += box.right - view.right + 24;
            } else if (box.left < view.left) {
                bar.scrollLeft -= view.left - box.left + 24;
            }
        }
    }

    // ── Pick lists (an agency, a member, a committee): a search box above a select narrows its options as one types, with or
    // without diacritics ("so lao dong" finds "Sở Lao động - Thương binh và Xã hội"), on every name an option carries (data-names:
    // a short name, aliases). Without the script the whole list is there to pick from.
    const fold = (text) => text.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

    function pickLists() {
        for (const search of document.querySelectorAll('input[data-filter]')) {
            const select = document.getElementById(search.dataset.filter);
            if (!select) continue;
            const options = [...select.options].map((option) => ({ option, text: fold(`${option.textContent} ${option.dataset.names || ''}`) }));
            search.hidden = false;
            search.addEventListener('input', () => {
                const words = fold(search.value).split(' ').filter((word) => word.length > 0);
                for (const { option, text } of options) {
                    // An option already chosen stays in sight, so that it is not chosen unseen.
                    option.hidden = !option.selected && option.value !== '' && !words.every((word) => text.includes(word));
                }
            });
        }
    }

    // ── A confirmation step is read first: it takes the focus.
    function confirmation() {
        const button = document.querySelector('#confirm button[type=submit]');
        if (button) button.focus();
    }

    function start() {
        drafts();
        cards();
        tabs();
        pickLists();
        confirmation();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
