import type { EngineContext } from './engine-context.ts';
import type { Result } from './result.ts';
import {
  buildSectionReport,
  type SectionReport,
  type SectionReportDeps,
  type SectionReportRejection,
  type SectionReportRequest,
} from './section-report.ts';

/** The report's slice of the engine: its store, clock and settings, the live bank and the topic resolver. */
export function reportDeps(ctx: EngineContext): SectionReportDeps {
  return {
    store: ctx.store,
    clock: ctx.clock,
    settings: ctx.settings,
    liveQuestion: (id) => ctx.bank().byId(id),
    resolveTopic: (topic) => ctx.bank().resolveTopic(topic),
  };
}

export function sectionReportOf(
  ctx: EngineContext,
  request: SectionReportRequest,
): Promise<Result<SectionReport, SectionReportRejection>> {
  return buildSectionReport(reportDeps(ctx), request);
}
