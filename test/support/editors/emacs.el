;;; emacs.el --- Drive Emacs and eglot for test/editors.test.ts  -*- lexical-binding: t -*-

;; Drives Emacs as a user would: load the init snippet under test, visit a
;; feature doc, wait for the language server's diagnostics in Flymake, ask
;; for the code actions at one of them, apply the quick fix as
;; `eglot-code-actions' does, save, wait for the new diagnostics, and write
;; down what the editor held at each step, as JSON, in the file named by
;; $FEATURE_DOCS_EDITOR_RESULT.
;;
;; Run as `emacs --batch -Q -l emacs.el'.  Inputs, from the environment:
;;   FEATURE_DOCS_EDITOR_INIT    the init snippet under test
;;   FEATURE_DOCS_EDITOR_DOC     the doc to visit
;;   FEATURE_DOCS_EDITOR_RESULT  where to write the JSON
;;   FEATURE_DOCS_EDITOR_LINE    the 0-based line of the diagnostic to fix
;;
;; Batch mode has no command loop, so two things it would do are done here
;; by hand: run `post-command-hook' once the doc is visited (where
;; `eglot-ensure' connects), and show the doc in the window (where Flymake
;; starts).  The waits are guards against a hang only (the test itself
;; waits for this process to exit); each ends as soon as what it waits for
;; is there.

(require 'package)
;; Debian's elpa-* packages (eglot on Emacs 28, markdown-mode), which -Q
;; leaves out of the package system.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'json)
(require 'jsonrpc)
(require 'subr-x)

(defconst feature-docs-test-guard 60
  "Seconds to wait for anything before giving up on a hang.")

;; eglot's and jsonrpc's own limits (30 s to connect, 10 s for a request)
;; would race a clock on a loaded machine: raised to the guard.
(setq eglot-connect-timeout feature-docs-test-guard
      jsonrpc-default-request-timeout feature-docs-test-guard)

(defvar feature-docs-test-result nil
  "What the editor held at each step, an alist written out as JSON.")

(defvar feature-docs-test-published (make-hash-table :test #'equal)
  "The version of the last diagnostics published for each document URI.")

(defun feature-docs-test-env (name)
  (or (getenv name) (error "%s is not set" name)))

(defun feature-docs-test-note (key value)
  (setq feature-docs-test-result
        (append feature-docs-test-result (list (cons key value)))))

(defun feature-docs-test-wait-for (what condition)
  "Process output until CONDITION holds; fail after the guard naming WHAT."
  (let ((deadline (+ (float-time) feature-docs-test-guard)))
    (while (not (funcall condition))
      (when (> (float-time) deadline)
        (error "No %s within %d s" what feature-docs-test-guard))
      (accept-process-output nil 0.05))))

(defun feature-docs-test-record-publish (_server method &rest params)
  (when (eq method 'textDocument/publishDiagnostics)
    (puthash (plist-get params :uri) (plist-get params :version)
             feature-docs-test-published)))

(defun feature-docs-test-position (pos)
  "POS as a 0-based line and a column in characters."
  (save-excursion
    (goto-char pos)
    (list (1- (line-number-at-pos pos)) (- pos (line-beginning-position)))))

(defun feature-docs-test-diagnostics ()
  "The Flymake diagnostics for the buffer's current text, in buffer order."
  (let ((uri (funcall (if (fboundp 'eglot-path-to-uri) 'eglot-path-to-uri 'eglot--path-to-uri)
                      buffer-file-name))
        (server (eglot-current-server)))
    (feature-docs-test-wait-for
     (format "diagnostics for version %s" eglot--versioned-identifier)
     (lambda ()
       (unless (jsonrpc-running-p server)
         (error "The language server exited before publishing diagnostics for version %s"
                eglot--versioned-identifier))
       (equal (gethash uri feature-docs-test-published)
              eglot--versioned-identifier))))
  (vconcat
   (mapcar
    (lambda (diagnostic)
      (let ((start (feature-docs-test-position (flymake-diagnostic-beg diagnostic)))
            (end (feature-docs-test-position (flymake-diagnostic-end diagnostic)))
            (lsp (cdr (assq 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))))
        `((line . ,(nth 0 start)) (column . ,(nth 1 start))
          (end_line . ,(nth 0 end)) (end_column . ,(nth 1 end))
          (type . ,(symbol-name (flymake-diagnostic-type diagnostic)))
          (text . ,(flymake-diagnostic-text diagnostic))
          (code . ,(plist-get lsp :code))
          (source . ,(plist-get lsp :source)))))
    (sort (flymake-diagnostics)
          (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))

(defun feature-docs-test-run ()
  (dolist (library '(eglot markdown-mode))
    (unless (locate-library (symbol-name library))
      (error "%s is not installed: run .ci/run, or apt-get install elpa-eglot elpa-markdown-mode"
             library)))
  (with-eval-after-load 'eglot
    (advice-add 'eglot-handle-notification :before #'feature-docs-test-record-publish))
  (load (feature-docs-test-env "FEATURE_DOCS_EDITOR_INIT") nil t)
  (feature-docs-test-note 'emacs emacs-version)

  (find-file (feature-docs-test-env "FEATURE_DOCS_EDITOR_DOC"))
  (switch-to-buffer (current-buffer))
  (feature-docs-test-note 'mode (symbol-name major-mode))
  (run-hooks 'post-command-hook)
  (feature-docs-test-wait-for "eglot managing the buffer"
                              (lambda () (bound-and-true-p eglot--managed-mode)))
  (let ((server (eglot-current-server)))
    (feature-docs-test-note 'eglot (let ((package (cadr (assq 'eglot package-alist))))
                                     (if package
                                         (package-version-join (package-desc-version package))
                                       "built in")))
    (feature-docs-test-note 'server (process-command (jsonrpc--process server)))
    (feature-docs-test-note 'root (project-root (eglot--project server))))

  (feature-docs-test-note 'before (feature-docs-test-diagnostics))

  ;; The code actions at the diagnostic, as `eglot-code-actions' lists them,
  ;; then the quick fix applied as it applies one (`C-u M-x
  ;; eglot-code-actions RET quickfix': a single quick fix needs no choice).
  (let* ((line (string-to-number (feature-docs-test-env "FEATURE_DOCS_EDITOR_LINE")))
         (target (seq-find (lambda (diagnostic)
                             (= line (car (feature-docs-test-position
                                           (flymake-diagnostic-beg diagnostic)))))
                           (flymake-diagnostics))))
    (unless target (error "No diagnostic on line %d" line))
    (let ((beg (flymake-diagnostic-beg target))
          (end (flymake-diagnostic-end target)))
      (feature-docs-test-note
       'actions
       (vconcat (mapcar (lambda (action)
                          `((title . ,(plist-get action :title))
                            (kind . ,(plist-get action :kind))
                            (isPreferred . ,(if (eq t (plist-get action :isPreferred)) t :json-false))))
                        (eglot-code-actions beg end))))
      (eglot-code-actions beg end "quickfix" t)))
  (save-buffer)

  (feature-docs-test-note 'after (feature-docs-test-diagnostics))
  (eglot-shutdown (eglot-current-server) nil feature-docs-test-guard))

(let ((code 0))
  (condition-case failure
      (feature-docs-test-run)
    (error
     (feature-docs-test-note 'error (error-message-string failure))
     ;; What the server wrote to its stderr: why it ended, if it did.
     (dolist (buffer (buffer-list))
       (when (string-match-p "EGLOT.*stderr" (buffer-name buffer))
         (feature-docs-test-note 'server_stderr (with-current-buffer buffer (buffer-string)))))
     (setq code 1)))
  (with-temp-file (feature-docs-test-env "FEATURE_DOCS_EDITOR_RESULT")
    (insert (json-encode feature-docs-test-result)))
  (kill-emacs code))

;;; emacs.el ends here
