/** Mail: sending over SMTP when configured, otherwise into the outbox that admins and tests read. */
import type { Db } from 'mongodb';
import nodemailer, { type Transporter } from 'nodemailer';
import { collections } from '../db/collections';

export interface Message {
	to: string;
	subject: string;
	text: string;
}

let transport: Transporter | null = null;

/**
 * Sends through SMTP when SMTP_URL is set; otherwise keeps the message in the outbox collection,
 * where admins read it in the UI and tests assert on it.
 */
export async function sendMail(db: Db, message: Message): Promise<void> {
	const smtp = process.env.SMTP_URL;
	if (smtp) {
		transport ??= nodemailer.createTransport(smtp);
		await transport.sendMail({
			from: process.env.MAIL_FROM ?? 'Miasta Otwarte <no-reply@localhost>',
			...message
		});
	}
	await collections(db).outbox.insertOne({ ...message, at: new Date(), delivered: Boolean(smtp) });
}

export async function listOutbox(db: Db, limit = 100) {
	return collections(db).outbox.find().sort({ at: -1 }).limit(limit).toArray();
}
