;;; ncc-eglot.el --- nccd language server (ncc lsp) with Eglot  -*- lexical-binding: t; -*-

;; Flags what a Neuron-style target cannot compile in PyTorch/JAX code and XLA HLO text.
;; Load this file from your init file (see README.md next to it), then M-x eglot in a buffer.

;;; Code:

(require 'eglot)

(defgroup ncc nil "nccd language server." :group 'tools)

(defcustom ncc-lsp-command '("ncc" "lsp")
  "Command that starts the nccd language server.
For a virtualenv without `ncc' on `exec-path', use
'(\"/path/to/venv/bin/python\" \"-m\" \"nccd.clients.lsp\")."
  :type '(repeat string) :group 'ncc)

(defcustom ncc-lsp-python-modes '(python-mode python-ts-mode)
  "Python major modes that use nccd.
Eglot runs one server per buffer, so this replaces another Python server
\(pyright, pylsp) in these modes; set it to nil to use nccd for HLO only."
  :type '(repeat symbol) :group 'ncc)

(define-derived-mode hlo-mode prog-mode "HLO"
  "Major mode for XLA HLO text (.hlo, .hlo.txt)."
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local font-lock-defaults
              '((("\\_<\\(HloModule\\|ENTRY\\|ROOT\\)\\_>" . font-lock-keyword-face)
                 ("\\_<\\(pred\\|[suf][0-9]+\\|bf16\\|c64\\|c128\\|f8e[0-9a-z]+\\)\\[" 1 font-lock-type-face)
                 ("=\\s-*[^=]*?\\s-\\([a-z][a-z0-9-]*\\)(" 1 font-lock-function-name-face)))))

(add-to-list 'auto-mode-alist '("\\.hlo\\(?:\\.txt\\)?\\'" . hlo-mode))

(add-to-list 'eglot-server-programs
             (cons (cons 'hlo-mode ncc-lsp-python-modes) (lambda (&rest _) ncc-lsp-command)))

(provide 'ncc-eglot)
;;; ncc-eglot.el ends here
