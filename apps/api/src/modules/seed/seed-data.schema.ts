import { z } from 'zod';
import { USER_ROLES } from '@anxin/persistence';

const code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes');
const name = z.string().trim().min(1).max(100);

const unit = z
  .object({ code: z.string().min(1).max(40), floor: z.number().int().optional(), type: z.string().max(40).optional() })
  .strict();
const building = z.object({ code: z.string().min(1).max(40), name, units: z.array(unit).default([]) }).strict();
const project = z
  .object({ code, name, city: z.string().optional(), buildings: z.array(building).default([]) })
  .strict();
const unitRef = z.object({ project: code, building: z.string(), unit: z.string() }).strict();

const user = z
  .object({
    username: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'lower-case letters, digits, dot, dash, underscore'),
    displayName: name,
    password: z.string().min(8),
    roles: z.array(z.enum(USER_ROLES)).min(1),
    phone: z.string().optional(),
    projects: z.array(code).default([]),
    units: z.array(unitRef).default([]),
    manager: z.string().optional(),
    active: z.boolean().default(true),
    onDuty: z.boolean().default(true),
  })
  .strict();

const member = z
  .object({
    user: z.string(),
    skills: z.array(z.string()).default([]),
    capacity: z.number().int().min(0).default(5),
    lead: z.boolean().default(false),
  })
  .strict();

const team = z
  .object({
    name,
    code: code.optional(),
    project: code.optional(),
    skills: z.array(z.string()).default([]),
    capacity: z.number().int().min(0).optional(),
    members: z.array(member).default([]),
  })
  .strict();

const tenant = z
  .object({
    code,
    name,
    projects: z.array(project).default([]),
    users: z.array(user).default([]),
    teams: z.array(team).default([]),
  })
  .strict()
  .superRefine((value, context) => {
    for (const problem of referenceProblems(value)) context.addIssue({ code: 'custom', message: problem });
  });

/** The seed format (definitions/seed/*.seed.json): tenants with their projects, buildings, units, users and teams. */
export const seedDataSchema = z.object({ $comment: z.string().optional(), tenants: z.array(tenant) }).strict();

export type SeedData = z.infer<typeof seedDataSchema>;
export type SeedTenant = SeedData['tenants'][number];

/** Parses a seed document; throws one readable error listing every problem. */
export function parseSeedData(document: unknown): SeedData {
  const parsed = seedDataSchema.safeParse(document);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid seed data:\n${lines.join('\n')}`);
}

function referenceProblems(value: z.infer<typeof tenant>): string[] {
  const problems: string[] = [];
  const projects = new Map(value.projects.map((p) => [p.code, p]));
  const usernames = new Set<string>();
  for (const u of value.users) {
    if (usernames.has(u.username)) problems.push(`user ${u.username} appears twice`);
    usernames.add(u.username);
  }
  for (const u of value.users) {
    for (const p of u.projects) if (!projects.has(p)) problems.push(`user ${u.username}: no project ${p}`);
    if (u.manager && !usernames.has(u.manager)) problems.push(`user ${u.username}: no manager ${u.manager}`);
    for (const ref of u.units) {
      const found = projects
        .get(ref.project)
        ?.buildings.find((b) => b.code === ref.building)
        ?.units.some((un) => un.code === ref.unit);
      if (!found) problems.push(`user ${u.username}: no unit ${ref.project}/${ref.building}/${ref.unit}`);
    }
  }
  for (const t of value.teams) {
    if (t.project && !projects.has(t.project)) problems.push(`team ${t.name}: no project ${t.project}`);
    for (const m of t.members) if (!usernames.has(m.user)) problems.push(`team ${t.name}: no user ${m.user}`);
  }
  return problems;
}
