import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** MINIMAL with extra metrics and levels (each a block of lines). */
const withMetrics = (metrics: string, levels = '') => edit(MINIMAL,
    ['    metrics {\n', `    metrics {\n${metrics}`],
    ['    levels {\n', `    levels {\n${levels}`]);

const QUALITY_GATE = {
    metric: '        metric LeadScore { kind score unit points aggregation per-lead window calendar month }\n',
    level: '        level Quality for Shop {\n            LeadScore >= 60 points\n        }\n'
};

describe('sales and marketing', () => {
    test('a follow-up-depth metric that is not a count of attempts is a warning on its unit', async () => {
        const failing = withMetrics('        metric FollowUpDepth { kind ratio unit «%» aggregation mean window calendar month }\n');
        const diagnostic = await expectDiagnostic(failing, IssueCodes.FollowUpNotCount, WARNING);
        expect(diagnostic.message).toContain("Measure it in attempts: 'unit attempts'.");
        await expectNoDiagnostic(withMetrics('        metric FollowUpDepth { kind average unit attempts aggregation average-per-lead window calendar month }\n'), IssueCodes.FollowUpNotCount);
    });

    test('a count of attempts without a period is a warning on the metric name', async () => {
        const failing = withMetrics('        metric «Attempts» "Follow-up depth" { kind average unit attempts aggregation average-per-lead }\n');
        const diagnostic = await expectDiagnostic(failing, IssueCodes.FollowUpNotCount, WARNING);
        expect(diagnostic.message).toContain("Say over which period attempts are counted, e.g. 'window calendar month'.");
    });

    test('leads handed over without a minimum lead quality are a warning on the lead metric', async () => {
        const volume = '        metric LeadVolume { kind count unit leads aggregation sum window calendar month }\n';
        const failing = withMetrics(volume.replace('LeadVolume', '«LeadVolume»'));
        const diagnostic = await expectDiagnostic(failing, IssueCodes.LeadQualityMissing, WARNING);
        expect(diagnostic.message).toContain('no level sets the minimum quality a lead must reach first');
        await expectNoDiagnostic(withMetrics(volume + QUALITY_GATE.metric, QUALITY_GATE.level), IssueCodes.LeadQualityMissing);
        // A score metric without a level on it sets no threshold.
        await expectDiagnostic(withMetrics(volume.replace('LeadVolume', '«LeadVolume»') + QUALITY_GATE.metric), IssueCodes.LeadQualityMissing, WARNING);
    });

    test('targets split by a lead segment are a hand-over too', async () => {
        const failing = edit(MINIMAL, ['    metrics {\n', '    segments {\n        lead «DecisionMaker»\n    }\n    metrics {\n']);
        await expectDiagnostic(failing, IssueCodes.LeadQualityMissing, WARNING);
        await expectNoDiagnostic(MINIMAL, IssueCodes.LeadQualityMissing);
    });
});
