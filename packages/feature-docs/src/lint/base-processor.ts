/**
 * The processor every file starts from: remark, plus one plugin of ours.
 * unified-engine adds the configuration's plugins after it, so our
 * transformer runs before any rule: it refuses files that are not Markdown
 * text, and forces `--template` on the file, which then wins over front
 * matter and configuration.
 */
import { remarkParseGuard } from '@feature-docs/doc-template'
import { forceTemplate } from '@feature-docs/rule-kit'
import type { Root } from 'mdast'
import { remark } from 'remark'
import type { Processor, Transformer } from 'unified'
import { informationUri } from '../report/information-uri.js'
import { checkInput, inputSource, isBlank } from './input-checks.js'

export interface BaseOptions {
  /** A template name, or an absolute path, forced on every file. */
  template: string | undefined
}

/** A fresh processor, as unified-engine wants one per file. */
export function baseProcessor(options: BaseOptions): () => Processor<Root, Root, Root, Root, string> {
  return () => remark().use(remarkParseGuard).use(featureDocsBase, options) as unknown as Processor<Root, Root, Root, Root, string>
}

function featureDocsBase(options: BaseOptions): Transformer<Root> {
  return function (_, file) {
    checkInput(file)
    if (options.template !== undefined) forceTemplate(file, options.template)
    else if (isBlank(file)) {
      // Not an error: an empty file is no feature doc, but say why nothing was checked.
      const message = file.info('Empty file: not a feature doc, nothing to check (give `--template` to check it as one)', {
        ruleId: 'empty-file',
        source: inputSource,
      })
      message.url = `${informationUri.replace(/#readme$/u, '')}#files-that-cannot-be-checked`
    }
  }
}
