/** The command line's own readme, the SARIF tool's `informationUri` (made, as every readme link, from the one repository address). */
import { packageReadme } from '@feature-docs/rule-kit'

export const informationUri = packageReadme('feature-docs')
