import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { FormSubmissions } from './form-submission.service';
import { SubmissionObject, SubmitFormInput } from './submission.object';

@Resolver()
export class SubmitFormResolver {
  constructor(private readonly submissions: FormSubmissions) {}

  @Mutation(() => SubmissionObject, { description: 'Submit a form: validated, stored, and its process started.' })
  submitForm(@Args('input', { type: () => SubmitFormInput }) input: SubmitFormInput): Promise<SubmissionObject> {
    return this.submissions.submit(input);
  }
}
