import { Resource } from '@adminjs/typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import {
  BaseRecord,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type ActionContext,
  type Filter,
  type ParamsType,
} from 'adminjs';
import {
  And,
  Equal,
  FindOperator,
  Raw,
  type BaseEntity,
  type DeepPartial,
  type FindManyOptions,
  type FindOptionsWhere,
  type Repository,
} from 'typeorm';
import type { Caller } from '../src/auth/caller.js';
import { scopeSql, type Policy, type Scope } from '../src/auth/policy.js';
import { isWellFormedId } from '../src/common/ids.js';
import { inTransaction } from '../src/common/transaction.js';
import { SqlParams } from '../src/common/sql-params.js';
import { likeLiteralFolded } from '../src/common/where.js';
import { POLICIES } from '../src/policies.js';
import type { AdminDeps } from './deps.js';
import { callerOf } from './session.js';
import { TITLES } from './titles.js';

type Row = Record<string, unknown>;
type TextCondition = { column: string; value: string };
type AdapterProperty = ReturnType<Resource['property']>;
type FindOptions = { limit?: number; offset?: number; sort?: { sortBy?: string; direction?: 'asc' | 'desc' } };

/** Columns the server sets from the session, whatever a form posts. */
const STAMPED_BY_SERVER = 'createdByUserId';
/** Numbers the adapter would otherwise present as text: PostgreSQL's exact decimals and its bigints. */
const NUMBER_COLUMNS: Record<string, 'float' | 'number'> = { numeric: 'float', decimal: 'float', bigint: 'number' };

/**
 * The entity as the TypeORM adapter uses it (its static count, find, findOneBy, findBy and create, and the save and
 * remove of its instances), on the app's data source rather than on the one TypeORM initialised last.
 */
function boundModel(entity: typeof BaseEntity, repository: Repository<BaseEntity>): typeof BaseEntity {
  const bound = (instance: BaseEntity): BaseEntity =>
    Object.defineProperties(instance, {
      save: { value: () => repository.save(instance) },
      remove: { value: () => repository.remove(instance) },
    });
  const model = {
    name: entity.name,
    getRepository: () => repository,
    count: (options: FindManyOptions<BaseEntity>) => repository.count(options),
    find: (options: FindManyOptions<BaseEntity>) => repository.find(options),
    findBy: (where: FindOptionsWhere<BaseEntity>) => repository.findBy(where),
    findOneBy: async (where: FindOptionsWhere<BaseEntity>) => {
      const found = await repository.findOneBy(where);
      return found && bound(found);
    },
    create: (values: DeepPartial<BaseEntity>) => bound(repository.create(values)),
  };
  // the adapter types its model as the entity class; it calls only what `model` has
  return model as unknown as typeof BaseEntity;
}

/**
 * The TypeORM adapter with the resource's policy applied to every read and write, so that no screen, JSON
 * call, reference picker or populated reference reaches a row the caller may not see: rows are scoped in SQL,
 * hidden fields leave the record, filters and sort keep to the resource's allow-list, and a form writes only
 * the fields it shows.
 */
export class PolicyResource extends Resource {
  private readonly policy: Policy<Row>;
  private readonly entity: typeof BaseEntity;
  private readonly repository: Repository<BaseEntity>;
  private readonly clock: AdminDeps['clock'];
  private readonly shownProperties = new Map<string, AdapterProperty>();

  /** The panel's resource of `model`, on the app's data source and clock (admin/deps.ts). */
  constructor(model: typeof BaseEntity, { db, clock }: Pick<AdminDeps, 'db' | 'clock'>) {
    const repository = db.getRepository<BaseEntity>(model);
    super(boundModel(model, repository));
    this.entity = model;
    this.repository = repository;
    this.clock = clock;
    const policy = POLICIES.get(model.name);
    if (!policy) throw new Error(`The admin resource ${model.name} has no policy in src/policies.ts`);
    this.policy = policy;
  }

  override properties(): AdapterProperty[] {
    return super.properties().map((property) => this.shown(property));
  }

  override property(path: string): AdapterProperty {
    const property = super.property(path);
    return property && this.shown(property);
  }

  /**
   * The adapter's property as the forms should know it: a decimal or bigint column is a number (shown and typed
   * the Vietnamese way, not as text), and a column that must be filled (not null, no default) is marked required.
   */
  private shown(property: AdapterProperty): AdapterProperty {
    const known = this.shownProperties.get(property.path());
    if (known) return known;
    const { column } = property;
    const numberType = NUMBER_COLUMNS[String(column.type)];
    const required =
      !column.isNullable &&
      column.default === undefined &&
      !column.isGenerated &&
      !column.isCreateDate &&
      !column.isUpdateDate;
    const shown = Object.create(property, {
      type: { value: () => numberType ?? property.type() },
      isRequired: { value: () => required },
    }) as AdapterProperty;
    this.shownProperties.set(property.path(), shown);
    return shown;
  }

  override async count(filter: Filter, context?: ActionContext): Promise<number> {
    const caller = callerOf(context);
    const scope = caller ? this.policy.scope(caller) : null;
    if (!scope || scope.kind === 'none') return 0;
    const { texts, rest } = this.foldedTexts(this.allowedFilter(filter));
    return Resource.prototype.count.call(this.scopedView(scope, texts), rest);
  }

  override async find(filter: Filter, options: FindOptions, context?: ActionContext): Promise<BaseRecord[]> {
    const caller = callerOf(context);
    const scope = caller ? this.policy.scope(caller) : null;
    if (!caller || !scope || scope.kind === 'none') return [];
    const { texts, rest } = this.foldedTexts(this.allowedFilter(filter));
    const records: BaseRecord[] = await Resource.prototype.find.call(
      this.scopedView(scope, texts),
      rest,
      this.allowedSort(options),
    );
    return this.titled(
      caller,
      records.map((record) => this.redacted(caller, record)),
    );
  }

  override async findOne(id: string | number, context?: ActionContext): Promise<BaseRecord | null> {
    const [record] = await this.findMany([id], context);
    return record ?? null;
  }

  override async findMany(ids: Array<string | number>, context?: ActionContext): Promise<BaseRecord[]> {
    const caller = callerOf(context);
    const wellFormed = ids.map(String).filter((id) => !this.keyIsUuid() || isWellFormedId(id));
    if (!caller || wellFormed.length === 0) return [];
    const scope = this.policy.scope(caller);
    if (scope.kind === 'none') return [];
    const instances = await this.repository.find({
      where: { [this.idName()]: this.restriction(scope, wellFormed) },
    });
    return this.titled(
      caller,
      instances.map((instance) => this.redacted(caller, new BaseRecord(instance, this))),
    );
  }

  override async create(params: ParamsType, context?: ActionContext): Promise<ParamsType> {
    const caller = this.callerMay(context, 'new');
    const writable = this.writable(params);
    this.requireFilled(writable, true);
    if (this.property(STAMPED_BY_SERVER)) writable[STAMPED_BY_SERVER] = caller.user.id;
    return super.create(writable);
  }

  override async update(id: string, params: ParamsType, context?: ActionContext): Promise<ParamsType> {
    const record = await this.findOne(id, context);
    if (!record) throw new NotFoundError('', 'update');
    this.callerMay(context, 'edit', record.params);
    const writable = this.writable(params);
    this.requireFilled(writable, false);
    return super.update(id, writable);
  }

  /** A required field (marked on the form) left empty is named on the form, before PostgreSQL refuses it in English. */
  private requireFilled(values: ParamsType, creating: boolean): void {
    const missing = (this.decorate().options.editProperties ?? []).filter((path) => {
      if (!this.property(path)?.isRequired()) return false;
      const value: unknown = values[path];
      return value === null || value === '' || (creating && value === undefined);
    });
    if (missing.length > 0)
      throw new ValidationError(Object.fromEntries(missing.map((path) => [path, { message: 'Cần nhập mục này' }])));
  }

  /**
   * Rows others refer to (people, units, users) are archived, never removed: hidden from lists and pickers,
   * still shown where a record points at them, restorable; an archived account cannot sign in. Bulk delete
   * comes here row by row. Other resources are deleted as before.
   */
  override async delete(id: string, context?: ActionContext): Promise<void> {
    const record = await this.findOne(id, context);
    if (!record) throw new NotFoundError('', 'delete');
    this.callerMay(context, 'delete', record.params);
    if (!this.archivable()) {
      await super.delete(id);
      return;
    }
    await this.setArchived(id, { archivedAt: this.clock(), ...(this.isColumn('active') ? { active: false } : {}) });
  }

  async restore(id: string, context?: ActionContext): Promise<void> {
    const record = await this.findOne(id, context);
    if (!record || !this.archivable()) throw new NotFoundError('', 'restore');
    this.callerMay(context, 'delete', record.params);
    await this.setArchived(id, { archivedAt: null });
  }

  /** In a transaction, so the audit trail names the caller (transaction-local settings). */
  private async setArchived(id: string, changes: Row): Promise<void> {
    await inTransaction(this.repository.manager, (em) => em.update(this.entity, { [this.idName()]: id }, changes));
  }

  private archivable(): boolean {
    return this.isColumn('archivedAt');
  }

  private callerMay(context: ActionContext | undefined, action: string, row?: Row): Caller {
    const caller = callerOf(context);
    if (!caller || !this.policy.can(caller, action, row)) throw new ForbiddenError();
    return caller;
  }

  /**
   * Text filters (a list's filter, a reference picker's search) are folded by congvu_fold(), the function
   * GraphQL's search folds with — case, diacritics, tone-mark placement, NFC/NFD, leading zeros — so "binh hung
   * hoa" finds "Phường Bình Hưng Hoà A"; the text is matched as a whole (LIKE, its wildcards taken literally).
   * They leave `filter` and become conditions of the scope's subquery.
   */
  private foldedTexts(filter: Filter): { texts: TextCondition[]; rest: Filter } {
    const texts: TextCondition[] = [];
    const others: Filter['filters'] = {};
    for (const [key, entry] of Object.entries(filter.filters ?? {})) {
      const path = this.searchedPath(key);
      const property = this.decorate().getPropertyByKey(path);
      const column = this.repository.metadata.findColumnWithPropertyPath(path)?.databaseName;
      if (property?.type() === 'string' && !property.isArray() && typeof entry.value === 'string' && column)
        texts.push({ column, value: entry.value });
      else others[key] = entry;
    }
    return { texts, rest: Object.assign(Object.create(filter) as Filter, { filters: others }) };
  }

  /** The adapter's own find and count, on a model whose every query carries the scope and the text filters. */
  private scopedView(scope: Scope, texts: TextCondition[] = []): this {
    if (scope.kind === 'all' && texts.length === 0 && !this.archivable()) return this;
    const restriction = this.restriction(scope, undefined, texts, this.archivable());
    const key = this.idName();
    // a filter the user set on the key itself (a day of the calendar) is kept, and the restriction added to it
    const where = (own?: Row) => {
      const mine = own?.[key];
      if (mine === undefined) return { ...own, [key]: restriction };
      return { ...own, [key]: And(mine instanceof FindOperator ? mine : Equal(mine), restriction) };
    };
    const scopedModel = {
      find: (options: { where?: Row }) => this.repository.find({ ...options, where: where(options.where) }),
      count: (options: { where?: Row }) => this.repository.count({ ...options, where: where(options.where) }),
    };
    return Object.create(this, { model: { value: scopedModel } }) as this;
  }

  /** A condition on the primary key: within the scope and the text filters (not archived, for lists), and among `ids` when given. */
  private restriction(
    scope: Scope,
    ids?: string[],
    texts: TextCondition[] = [],
    hideArchived = false,
  ): FindOperator<unknown> {
    const metadata = this.repository.metadata;
    const key = this.primaryColumn().databaseName;
    const params = new SqlParams('named');
    const conditions = [
      ...(scope.kind === 'all' ? [] : [scopeSql(scope, 's', params)]),
      ...texts.map(
        ({ column, value }) =>
          `congvu_fold(CAST(s.${column} AS text)) LIKE '%' || ${likeLiteralFolded(params.add(value))} || '%'`,
      ),
      ...(hideArchived ? ['s.archived_at IS NULL'] : []),
    ];
    const scoped =
      conditions.length === 0
        ? null
        : `IN (SELECT s.${key} FROM ${metadata.tableName} s WHERE ${conditions.join(' AND ')})`;
    const among = ids ? `= ANY(${params.add(ids)})` : null;
    return Raw(
      (column) =>
        [among, scoped]
          .filter(Boolean)
          .map((condition) => `${column} ${String(condition)}`)
          .join(' AND '),
      params.named(),
    );
  }

  private isColumn(propertyPath: string): boolean {
    return Boolean(this.repository.metadata.findColumnWithPropertyPath(propertyPath));
  }

  private keyIsUuid(): boolean {
    return this.primaryColumn().type === 'uuid';
  }

  /** The entity's key: every resource of the panel has a single-column one. */
  private primaryColumn(): ColumnMetadata {
    const [column] = this.repository.metadata.primaryColumns;
    if (!column) throw new Error(`The admin resource ${this.entity.name} has no primary key`);
    return column;
  }

  /** A virtual title (admin/titles.ts) is searched in the column it names; any other key in itself. */
  private searchedPath(key: string): string {
    const title = TITLES[this.policy.resource];
    return title?.searched && key === title.property ? title.searched : key;
  }

  /** Only the resource's filter properties (and its title, which reference pickers search), and only real columns. */
  private allowedFilter(filter: Filter): Filter {
    const options = this.decorate().options;
    const allowed = new Set([...(options.filterProperties ?? []), this.decorate().titleProperty()?.propertyPath]);
    const filters = Object.fromEntries(
      Object.entries(filter.filters ?? {}).filter(([key]) => allowed.has(key) && this.isColumn(this.searchedPath(key))),
    );
    for (const [key, entry] of Object.entries(filters)) this.assertDates(key, entry.value);
    return Object.assign(Object.create(filter) as Filter, { filters });
  }

  /** A date filter (a day, or a range's ends) that is no date is the request's fault: 400, not the adapter's 500. */
  private assertDates(key: string, value: unknown): void {
    const type = this.decorate().getPropertyByKey(key)?.type();
    if (type !== 'date' && type !== 'datetime') return;
    const ends = typeof value === 'object' && value !== null ? Object.values(value) : [value];
    if (ends.some((end) => typeof end !== 'string' || (end !== '' && Number.isNaN(Date.parse(end)))))
      throw Object.assign(new Error(`the filter ${key} is not a date`), { status: 400 });
  }

  /** Sorting by a listed column or the resource's default; anything else (a virtual column too) falls back to the default. */
  private allowedSort(options: FindOptions): FindOptions {
    const decorated = this.decorate();
    const fallback = decorated.options.sort ?? { sortBy: this.idName(), direction: 'asc' as const };
    const sortable = new Set(
      [...(decorated.options.listProperties ?? []), fallback.sortBy].filter((key) => this.isColumn(key)),
    );
    const sort = options.sort?.sortBy && sortable.has(options.sort.sortBy) ? options.sort : fallback;
    return { ...options, sort: { sortBy: sort.sortBy, direction: sort.direction === 'desc' ? 'desc' : 'asc' } };
  }

  /**
   * The posted values of the fields the form shows, a list's items (`roles.0`) with their list and an embedded
   * column (`validity.validFrom`) by its own path; the rest (ids, timestamps, hidden columns) are dropped.
   */
  private writable(params: ParamsType): ParamsType {
    const editable = new Set(this.decorate().options.editProperties ?? []);
    return Object.fromEntries(
      Object.entries(params).filter(([key]) => editable.has(key) || editable.has(key.split('.', 1)[0] ?? key)),
    );
  }

  /** Each record's title (admin/titles.ts), with what the titles need read in one statement for all of them. */
  private async titled(caller: Caller, records: BaseRecord[]): Promise<BaseRecord[]> {
    const title = TITLES[this.policy.resource];
    if (!title || records.length === 0) return records;
    const ids = records.map((record) => record.id());
    const loaded = title.load ? await title.load(this.repository.manager, ids, caller.day) : new Map<string, string>();
    for (const record of records)
      record.params = { ...record.params, [title.property]: title.of(record.params, loaded) };
    return records;
  }

  private redacted(caller: Caller, record: BaseRecord): BaseRecord {
    const hidden = this.policy.hiddenFields(caller, record.params);
    if (hidden.length > 0) {
      record.params = Object.fromEntries(
        Object.entries(record.params).filter(
          ([key]) => !hidden.some((field) => key === field || key.startsWith(`${field}.`)),
        ),
      );
    }
    return record;
  }
}
