/** Shared test set-up: one set of services over an empty file system, and readers for the examples. */
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper, validationHelper } from 'langium/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import type { Agreement } from '../packages/language/src/generated/ast.js';
import { createSlaServices } from '../packages/language/src/sla-module.js';

export const services = createSlaServices(EmptyFileSystem);
export const parse = parseHelper<Agreement>(services.Sla);
export const validate = validationHelper<Agreement>(services.Sla);

/** Documents from one test must not resolve references in the next. */
export function clearDocumentsAfterEach(): void {
    afterEach(() => clearDocuments(services.shared));
}

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const examplesDir = path.join(repoRoot, 'examples');

/** Every example agreement, relative to examples/, in a stable order. */
export function exampleFiles(): string[] {
    return fs.readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.sla')).sort();
}

export function readExample(file: string): string {
    return fs.readFileSync(path.join(examplesDir, file), 'utf8');
}

/** A minimal complete agreement: every required section, nothing else. Tests replace parts of it. */
export const MINIMAL = `agreement Minimal "Minimal agreement" {
    version 1.0
    effective 2026-01-01 until 2026-12-31
    parties {
        provider Acme "Acme Ltd."
        customer Globex "Globex Corp."
    }
    goals {
        goal "Keep the shop online."
    }
    services {
        service Shop "Web shop" {
            description "The public web shop."
        }
    }
    metrics {
        metric Uptime "Uptime" {
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 1 minutes
            window calendar month
        }
    }
    levels {
        level ShopUptime "Shop uptime" for Shop {
            Uptime >= 99.5 %
            obliged Acme
        }
    }
    responsibilities {
        Globex must "report outages through the portal" within 1 hours excuses ShopUptime
    }
    exclusions {
        customer-caused "Outages caused by Globex's own changes"
    }
    remedies {
        credits for ShopUptime {
            when < 99.5 % and >= 99.0 % credit 10 %
            when < 99.0 % credit 25 %
        }
        cap 25 % per month
    }
    changes {
        proposed by Acme, Globex
        notice 30 days
    }
    review {
        every 6 months
        participants Acme, Globex
    }
}
`;
