/** Receipt numbers: one per entry, handed out in order within a year, the same however often asked. */
import { TZDate } from '@date-fns/tz';
import { MongoServerError, type Db } from 'mongodb';
import { collections, type ReceiptDoc } from '../db/collections';
import { ZONE } from '../editions/time';

/** "MO-2026-000123": the year of submission (in Poland) and the entry's place in that year's count. */
export const receiptNumber = (year: number, n: number) => `MO-${year}-${String(n).padStart(6, '0')}`;

const isDuplicate = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/**
 * The entry's receipt: the one it already has, or the next free number of the year. Each number is
 * claimed by a unique insert (two submissions racing for one number: one takes the next), and the
 * unique index on the entry makes a retried or concurrent submission of the same entry read back
 * the number it was given, never a second one.
 */
export async function receiptFor(
	db: Db,
	entry: { slug: string; edition: string | null },
	now = new Date()
): Promise<ReceiptDoc> {
	const receipts = collections(db).receipts;
	const existing = await receipts.findOne({ entry: entry.slug });
	if (existing) return existing;
	const year = new TZDate(now.getTime(), ZONE).getFullYear();
	let n = (await receipts.countDocuments({ year })) + 1;
	for (let attempt = 0; attempt < 1000; attempt++, n++) {
		const receipt: ReceiptDoc = {
			_id: receiptNumber(year, n),
			year,
			entry: entry.slug,
			edition: entry.edition ?? '',
			at: now
		};
		try {
			await receipts.insertOne(receipt);
			return receipt;
		} catch (cause) {
			if (!isDuplicate(cause)) throw cause;
			const taken = await receipts.findOne({ entry: entry.slug });
			if (taken) return taken;
		}
	}
	throw new Error(`No free receipt number in ${year}`);
}
