import type { caseCsvColumns } from './endpoints';
import type { ApiCase } from './schemas';

type CaseCsvRow = Record<(typeof caseCsvColumns)[number], string | number | boolean>;

const listSeparator = ' | ';

/** One CSV row of a case: the API fields flattened, absent values as empty cells. */
export function caseCsvRow(item: ApiCase): CaseCsvRow {
  const texts = [item.summary, item.role, item.charges, item.sentence, item.placeOfDetention, item.letterAddress];
  return {
    id: item.id,
    slug: item.slug,
    url: item.url,
    kind: item.kind,
    name: item.name,
    identity_protected: item.identityProtected,
    aliases: item.aliases.join(listSeparator),
    status: item.status,
    release_kind: item.releaseKind ?? '',
    status_since: item.statusSince?.date ?? '',
    status_since_precision: item.statusSince?.precision ?? '',
    flags: item.flags.join(listSeparator),
    campaign: item.campaign.slug,
    campaign_title: item.campaign.title.text,
    organisation: item.organisation?.name ?? '',
    group: item.group?.slug ?? '',
    role: item.role?.text ?? '',
    charges: item.charges?.text ?? '',
    sentence: item.sentence?.text ?? '',
    place_of_detention: item.placeOfDetention?.text ?? '',
    letter_address: item.letterAddress?.text ?? '',
    summary: item.summary?.text ?? '',
    text_language: texts.find((text) => text !== null)?.language ?? '',
    latest_count: item.latestCount?.count ?? '',
    latest_count_qualifier: item.latestCount?.qualifier ?? '',
    updated_at: item.updatedAt,
  };
}
