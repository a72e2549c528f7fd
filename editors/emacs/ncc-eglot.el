;;; ncc-eglot.el --- nccd language server (ncc lsp) with Eglot  -*- lexical-binding: t; -*-

;; Flags what a Neuron-style target cannot compile in PyTorch/JAX code and XLA HLO text.
;; Load this file from your init file (see README.md next to it), then M-x eglot in a buffer.

;;; Code:

(require 'eglot)
(require 'project)
(require 'seq)

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

(defcustom ncc-trusted-roots nil
  "Project folders you trust: the deep check runs only there.
On save the server can trace functions and modules marked `# ncc: entry ...'
with your JAX or torch, which imports the project's code, so it does so only
when told the workspace is trusted. A project whose root is one of these
folders or below one starts the server with workspaceTrusted = true.
Set it in your own init file, never in a project's .dir-locals.el."
  :type '(repeat directory) :group 'ncc :risky t)

(defun ncc--trusted-p (root)
  "Non-nil when ROOT is in `ncc-trusted-roots' or below one of them."
  (and root
       (let ((root (file-name-as-directory (file-truename root))))
         (seq-some (lambda (folder)
                     (string-prefix-p (file-name-as-directory (file-truename folder)) root))
                   ncc-trusted-roots))))

(defun ncc--contact (&rest _)
  "The server command, with workspaceTrusted for the current project."
  (let* ((project (project-current))
         (root (if project (project-root project) default-directory)))
    (append ncc-lsp-command
            (list :initializationOptions
                  (list :workspaceTrusted (if (ncc--trusted-p root) t :json-false))))))

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
             (cons (cons 'hlo-mode ncc-lsp-python-modes) #'ncc--contact))

(provide 'ncc-eglot)
;;; ncc-eglot.el ends here
