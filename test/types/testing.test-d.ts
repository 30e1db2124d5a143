// Type tests: wxkit/testing's account types come from each product's account kind
// (spec/products.yaml `account`), and stay what they were when they named products.
import { describe, expectTypeOf, it } from 'vitest';
import type { ProductOfAccount } from '../../src/products.js';
import type {
  AppAccount,
  AuthorizerAccount,
  Emulator,
  EmulatorAccount,
  OpenPlatformAccount,
  ResolvedAccount,
  ResolvedAccountOf,
  WorkAccount,
  WorkSuiteAccount,
} from '../../src/testing/index.js';

describe('account kinds', () => {
  it('group the products by the account their client holds', () => {
    expectTypeOf<ProductOfAccount<'app'>>().toEqualTypeOf<'oa' | 'miniprogram'>();
    expectTypeOf<ProductOfAccount<'component'>>().toEqualTypeOf<'open'>();
    expectTypeOf<ProductOfAccount<'corp'>>().toEqualTypeOf<'work'>();
    expectTypeOf<ProductOfAccount<'suite'>>().toEqualTypeOf<'work-suite'>();
  });

  it('type each account record by its kind', () => {
    expectTypeOf<AppAccount['product']>().toEqualTypeOf<'oa' | 'miniprogram'>();
    expectTypeOf<AuthorizerAccount['product']>().toEqualTypeOf<'oa' | 'miniprogram' | undefined>();
    expectTypeOf<OpenPlatformAccount['product']>().toEqualTypeOf<'open'>();
    expectTypeOf<WorkAccount['product']>().toEqualTypeOf<'work'>();
    expectTypeOf<WorkSuiteAccount['product']>().toEqualTypeOf<'work-suite'>();
    expectTypeOf<EmulatorAccount['product']>().toEqualTypeOf<
      'oa' | 'miniprogram' | 'open' | 'work' | 'work-suite'
    >();
  });

  it('give emulator.account(product) the resolved account of its kind', () => {
    expectTypeOf<ResolvedAccountOf<'miniprogram'>>().toHaveProperty('appSecret').toBeString();
    expectTypeOf<ResolvedAccountOf<'miniprogram'>>().toHaveProperty('originalId').toBeString();
    expectTypeOf<ResolvedAccountOf<'open'>>().toHaveProperty('componentAppSecret').toBeString();
    expectTypeOf<ResolvedAccountOf<'work'>>().toHaveProperty('agentId').toBeNumber();
    expectTypeOf<ResolvedAccountOf<'work-suite'>>().toHaveProperty('corps').toBeArray();
    expectTypeOf<ReturnType<Emulator['account']>>().toEqualTypeOf<ResolvedAccount>();
    const account = (e: Emulator) => e.account('oa');
    expectTypeOf(account).returns.toEqualTypeOf<ResolvedAccountOf<'oa'>>();
    // @ts-expect-error an app account has no componentAppId
    void ((e: Emulator) => e.account('oa').componentAppId);
  });
});
