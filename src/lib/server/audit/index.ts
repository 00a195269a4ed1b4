/** Audit: the append-only log of who changed what, written by the domains and read by admins. */
import type { Db } from 'mongodb';
import { collections, type AuditEventDoc } from '../db/collections';

export type AuditInput = Omit<AuditEventDoc, '_id' | 'at'>;

/** Appends one event; the log is never updated or deleted through the app. */
export async function recordAudit(db: Db, event: AuditInput, at = new Date()): Promise<void> {
	await collections(db).audit.insertOne({ ...event, at });
}

export async function listAudit(db: Db, limit = 200) {
	return collections(db).audit.find().sort({ at: -1 }).limit(limit).toArray();
}
